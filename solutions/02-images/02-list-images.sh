#!/bin/sh
docker images
# Read the IMAGE ID of ubuntu, then:
#   docker-kata answer <image id>
