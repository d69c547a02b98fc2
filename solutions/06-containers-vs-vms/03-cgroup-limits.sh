#!/bin/sh
docker run -d --name kata-limited --memory 256m --cpus 0.5 ubuntu sleep 3600
