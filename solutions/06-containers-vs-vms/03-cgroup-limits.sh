#!/bin/sh
docker run -d --name kata-limited --memory 256m --cpus 0.5 ubuntu sleep 3600

# variant: short and = forms
docker run -d --name=kata-limited -m 256mb --cpus=.5 ubuntu sleep 3600

# near miss: no command to keep it running
docker run -d --name kata-limited --memory 256m --cpus 0.5 ubuntu
docker ps -a
# expect: it exited normally

# near miss: without --cpus
docker run -d --name kata-limited --memory 256m ubuntu sleep 3600
# expect: its CPUs are not limited

# near miss: the limits after the image name, where they go to the command
docker run -d --name kata-limited ubuntu sleep 3600 --memory 256m --cpus 0.5
# expect: its memory is not limited
