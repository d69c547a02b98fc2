#!/bin/sh
docker stop $(docker ps -lq --filter ancestor=ubuntu)
