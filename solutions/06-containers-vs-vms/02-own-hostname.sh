#!/bin/sh
docker run --name kata-hostname ubuntu hostname
# The one line it prints is the host name.
# answer: ubuntu hostname\s*\n(\S+)

# variant: read again from the logs (hint 1)
docker run --name kata-hostname ubuntu hostname
docker logs kata-hostname
# answer: logs kata-hostname\s*\n(\S+)

# variant: the container ID docker ps -a shows, which is the host name
docker container run --name kata-hostname ubuntu:latest hostname
docker ps -a
# answer: ^([0-9a-f]{12})\s+\S*ubuntu:latest\s+"hostname"

# near miss: the container's name
docker run --name kata-hostname ubuntu hostname
docker-kata answer kata-hostname
# expect: which is the container's name

# near miss: this machine's host name
docker run --name kata-hostname ubuntu hostname
hostname
# answer: \$ hostname\s*\n(\S+)
# expect: which is not it

# near miss: without --name
docker run ubuntu hostname
# answer: ubuntu hostname\s*\n(\S+)
# expect: there is no container named kata-hostname

# near miss: ran it before the exercise opened
docker run --name kata-hostname ubuntu hostname
# exercise starts here
docker logs kata-hostname
# answer: logs kata-hostname\s*\n(\S+)
# expect: before you started this exercise
