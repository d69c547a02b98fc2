#!/bin/sh
docker version
# The daemon's version is the Version under Server: › Engine:.
# answer: Server:[\s\S]*?Engine:\s*\n\s*Version:\s*(\S+)
