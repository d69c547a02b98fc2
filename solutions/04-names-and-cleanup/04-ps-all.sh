#!/bin/sh
docker ps -a
# The ubuntu container with STATUS "Exited …" and a random name:
#   docker-kata answer <name>
