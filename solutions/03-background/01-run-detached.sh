#!/bin/sh
docker run -itd ubuntu

# variant: long flags
docker run --detach --interactive --tty ubuntu

# variant: the flags apart
docker container run -d -i -t ubuntu:latest

# near miss: -d without -it
docker run -d ubuntu
# expect: without a terminal

# near miss: -it without -d
docker run -it ubuntu
# expect: attached to your terminal
