#!/bin/sh
mkdir kata-app
cd kata-app
echo "Hello from my own image" > hello.txt
printf 'FROM ubuntu\nRUN echo "built by me" > /built.txt\nCOPY hello.txt /hello.txt\nCMD ["cat", "/hello.txt"]\n' > Dockerfile
docker build -t kata-app:1 .
