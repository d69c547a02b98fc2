#!/bin/sh
docker version
# The daemon's API version is under Server: › Engine:.
# answer: Server:[\s\S]*?API version:\s*([0-9.]+)
