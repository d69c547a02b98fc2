#!/bin/sh
# Inside the container (prompt root@…:/#):
ls /
echo "hello from inside" > /root/hello.txt
