#!/bin/sh
docker run -itd --name my-ubuntu ubuntu

# variant: --name=, long flags
docker container run --detach --interactive --tty --name=my-ubuntu ubuntu:latest

# near miss: an underscore for the dash
docker run -itd --name my_ubuntu ubuntu
# expect: there is no container named my-ubuntu

# near miss: -d without -it
docker run -d --name my-ubuntu ubuntu
# expect: it exited normally
