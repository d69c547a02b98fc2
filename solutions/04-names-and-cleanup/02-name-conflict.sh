#!/bin/sh
# This one fails: the name is taken.
docker run -itd --name my-ubuntu ubuntu
docker stop my-ubuntu
docker rm my-ubuntu
docker run -itd --name my-ubuntu ubuntu

# variant: rename the old one, as Docker's error suggests, then remove it
docker rename my-ubuntu old-ubuntu
docker run -itd --name my-ubuntu ubuntu
docker rm -f old-ubuntu

# variant: removed in one step with rm -f
docker rm -f my-ubuntu
docker run -itd --name my-ubuntu ubuntu

# near miss: removed before the exercise started
docker rm -f my-ubuntu
# exercise starts here
docker run -itd --name my-ubuntu ubuntu
# expect: has not reported

# near miss: only stopped, and a new container under another name
docker stop -t 1 my-ubuntu
docker run -itd --name my-ubuntu2 ubuntu
# expect: before you started this exercise
