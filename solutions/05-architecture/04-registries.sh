#!/bin/sh
docker info --format '{{.IndexServerAddress}}'
# The one line it prints is the default registry.
# answer: IndexServerAddress}}'\s*\n(\S+)

# variant: in words
docker-kata answer "Docker Hub"

# variant: in one word
docker-kata answer dockerhub

# variant: the address without the /v1/ path
docker-kata answer https://index.docker.io

# near miss: the insecure registries docker info lists
docker info
# answer: Insecure Registries:\s*\n\s*(\S+)
# expect: which is not it
