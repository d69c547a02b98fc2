#!/bin/sh
docker run -d --name kata-web-bg nginx nginx
docker ps -a
