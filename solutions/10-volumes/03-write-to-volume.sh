#!/bin/sh
docker run --name kata-writer -v kata-data:/data ubuntu sh -c 'echo "written by kata-writer" > /data/kept.txt'
