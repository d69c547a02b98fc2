#!/bin/sh
docker run -d --name kata-nginx nginx nginx -g 'daemon off;'
