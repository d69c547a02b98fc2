#!/bin/sh
docker run -d --name kata-site -p 8080:80 nginx
# nginx's welcome page, on port 8080 of your machine (or open it in a browser):
curl http://localhost:8080
