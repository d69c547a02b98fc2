#!/bin/sh
docker run -it --name kata-changed ubuntu
# Inside the container:
echo "I was here" > /note.txt
# key: C-d
docker commit kata-changed kata-committed
