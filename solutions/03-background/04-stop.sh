#!/bin/sh
docker stop $(docker ps -lq --filter ancestor=docker.io/library/ubuntu)

# variant: by name, with the management command
docker container stop $(docker ps -l --format '{{.Names}}')

# near miss: docker kill for docker stop
docker kill $(docker ps -lq)
# expect: docker kill
# needs docker: Podman 4 does not always report the stop event that tells docker stop from docker kill

# near miss: another container stopped
docker run -itd ubuntu
docker stop -t 1 $(docker ps -lq)
# expect: it is still running
