#!/bin/sh
# This one fails: the name is taken.
docker run -itd --name my-ubuntu ubuntu
docker stop my-ubuntu
docker rm my-ubuntu
docker run -itd --name my-ubuntu ubuntu
