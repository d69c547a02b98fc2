#!/bin/sh
docker run --name kata-hostname ubuntu hostname
# The one line it prints is the host name.
# answer: ubuntu hostname\s*\n(\S+)
