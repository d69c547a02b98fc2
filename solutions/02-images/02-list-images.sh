#!/bin/sh
docker images
# Read the IMAGE ID of ubuntu, then:
#   docker-kata answer <image id>
# answer: ^(?:docker\.io/library/)?ubuntu\s+latest\s+([0-9a-f]{12})
