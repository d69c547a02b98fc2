#!/bin/sh
# Inside the container (prompt root@…:/#):
ls /
echo "hello from inside" > /root/hello.txt

# variant: without quotes
echo hello from inside > /root/hello.txt

# variant: left the container, then wrote it in a new one (hint 2)
# key: C-d
docker run -it ubuntu
echo "hello from inside" > /root/hello.txt

# near miss: in the wrong folder
echo "hello from inside" > /hello.txt
# expect: /root/hello.txt does not exist

# near miss: in another container, while the first still runs
# key: C-p C-q
docker run ubuntu sh -c 'echo "hello from inside" > /root/hello.txt'
# expect: /root/hello.txt does not exist
