#!/bin/sh
# In the kata-app folder from the last exercises:
echo "Hello from version 2" > hello.txt
docker build -t kata-app:2 .
