#!/bin/sh
docker info --format '{{.IndexServerAddress}}'
# The one line it prints is the default registry.
# answer: IndexServerAddress}}'\s*\n(\S+)
