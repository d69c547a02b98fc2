#!/bin/sh
docker run -it --rm ubuntu
# Inside, press Ctrl-D:
# key: C-d
docker ps -a

# variant: --rm after -it, with the management command
docker container run -it --rm ubuntu:latest
# key: C-d

# near miss: without --rm
docker run -it ubuntu
# key: C-d
# expect: but not what should follow

# near miss: --rm after the image name, where it is the container's command
docker run -it ubuntu --rm
# expect: but not what should follow

# near miss: without --rm, then removed by hand
docker run -it ubuntu
# key: C-d
docker ps -a
# (a person takes a few seconds to read the list and type the next command)
sleep 4
docker rm $(docker ps -lq)
# expect: by a command you typed
