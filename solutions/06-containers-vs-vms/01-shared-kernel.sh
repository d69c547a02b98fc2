#!/bin/sh
docker run --rm ubuntu uname -r
# The one line it prints is the kernel release.
# answer: uname -r\s*\n(\S+)
