#!/bin/sh
docker run -d -p 5000:5000 --name kata-registry registry:2
docker ps
