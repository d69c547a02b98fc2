#!/bin/sh
docker rm kata-writer
docker volume ls
# A new container on the same volume prints the file:
docker run --name kata-reader -v kata-data:/data ubuntu cat /data/kept.txt
