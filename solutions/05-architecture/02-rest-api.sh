#!/bin/sh
docker version
# The daemon's API version is under Server: › Engine:.
# answer: Server:[\s\S]*?API version:\s*([0-9.]+)

# variant: the API version alone, with a Go template
docker version --format '{{.Server.APIVersion}}'
# answer: APIVersion}}'\s*\n(\S+)

# near miss: the daemon's own version, the line above
docker version
# answer: Server:[\s\S]*?Engine:\s*\n\s*Version:\s*(\S+)
# expect: which is the Engine's version

# near miss: the minimum API version, in the parenthesis
docker version
# answer: Server:[\s\S]*?minimum version ([0-9.]+)
# expect: which is the oldest API version
