#!/bin/sh
docker stop $(docker ps -lq --filter ancestor=docker.io/library/ubuntu)
