#!/bin/sh
docker run -itd --net=app --name network_test ubuntu
docker network inspect app
