#!/bin/sh
# In the kata-app folder from the last exercises:
echo "Hello from version 2" > hello.txt
docker build -t kata-app:2 .

# variant: the management command and a long flag
# after: build-an-image
echo "Hello from version 2" > hello.txt
docker image build --tag kata-app:2 .

# near miss: built with --no-cache, so nothing is reused
# after: build-an-image
echo "Hello from version 2" > hello.txt
docker build --no-cache -t kata-app:2 .
# expect: shares only its first layer

# near miss: without the tag :2
# after: build-an-image
echo "Hello from version 2" > hello.txt
docker build -t kata-app .
# expect: there is no image kata-app:2
