#!/bin/sh
docker run -d --name kata-nginx-bg nginx nginx
docker ps -a
