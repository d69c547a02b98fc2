#!/bin/sh
# What you type, line by line. Lines starting with # are notes.
# Start ubuntu with a terminal; you get a shell inside it. Keep it open.
docker run -it ubuntu

# variant: long flags
docker run --interactive --tty ubuntu

# variant: the management command, with the tag written out
docker container run -it ubuntu:latest

# near miss: no -it
docker run ubuntu
# expect: started without a terminal

# near miss: -i without -t
docker run -i ubuntu
# no prompt follows
# expect: started without a terminal

# near miss: started before the exercise
docker run -it ubuntu
# exercise starts here
# expect: before you started this exercise
