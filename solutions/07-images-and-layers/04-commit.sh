#!/bin/sh
docker run -it --name kata-changed ubuntu
# Inside the container:
echo "I was here" > /note.txt
# key: C-d
docker commit kata-changed kata-committed

# variant: the management command, a message, the tag written out
docker run -it --name kata-changed ubuntu
echo "I was here" > /note.txt
# key: C-d
docker container commit -m "left a note" kata-changed kata-committed:latest

# variant: changed with docker exec in a running container, committed while it runs
docker run -d --name kata-changed ubuntu sleep 300
docker exec kata-changed sh -c 'echo "I was here" > /note.txt'
docker commit kata-changed kata-committed

# near miss: committed without changing anything
docker run -it --name kata-changed ubuntu
# key: C-d
docker commit kata-changed kata-committed
# expect: /note.txt does not exist

# near miss: the note written in another container than the one committed
docker run --name kata-changed ubuntu true
docker run ubuntu sh -c 'echo "I was here" > /note.txt'
docker commit kata-changed kata-committed
# expect: /note.txt does not exist

# near miss: no name for the new image
docker run -it --name kata-changed ubuntu
echo "I was here" > /note.txt
# key: C-d
docker commit kata-changed
# expect: there is no image kata-committed
