#!/bin/sh
docker version
# The daemon's version is the Version under Server: › Engine:.
# answer: Server:[\s\S]*?Engine:\s*\n\s*Version:\s*(\S+)

# variant: the server's version alone, with a Go template
docker version --format '{{.Server.Version}}'
# answer: Server.Version}}'\s*\n(\S+)

# variant: docker info's Server Version, as a plain number (no distribution suffix such as +dfsg1)
docker info
# answer: Server Version:\s*([0-9.]+)

# near miss: the API version, from the line below
docker version
# answer: Server:[\s\S]*?API version:\s*([0-9.]+)
# expect: which is the API version
