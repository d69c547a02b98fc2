#!/bin/sh
docker run -d --name kata-web nginx nginx -g 'daemon off;'
