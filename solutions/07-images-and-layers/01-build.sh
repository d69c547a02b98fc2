#!/bin/sh
mkdir kata-app
cd kata-app
echo "Hello from my own image" > hello.txt
printf 'FROM ubuntu\nRUN echo "built by me" > /built.txt\nCOPY hello.txt /hello.txt\nCMD ["cat", "/hello.txt"]\n' > Dockerfile
docker build -t kata-app:1 .

# variant: the management command, a long flag, CMD in shell form
mkdir kata-app
cd kata-app
echo "Hello from my own image" > hello.txt
printf 'FROM ubuntu:latest\nRUN echo "built by me" > /built.txt\nCOPY hello.txt /hello.txt\nCMD cat /hello.txt\n' > Dockerfile
docker image build --tag kata-app:1 .

# near miss: without the tag :1
mkdir kata-app
cd kata-app
echo "Hello from my own image" > hello.txt
printf 'FROM ubuntu\nRUN echo "built by me" > /built.txt\nCOPY hello.txt /hello.txt\nCMD ["cat", "/hello.txt"]\n' > Dockerfile
docker build -t kata-app .
# expect: there is no image kata-app:1

# near miss: the RUN line left out
mkdir kata-app
cd kata-app
echo "Hello from my own image" > hello.txt
printf 'FROM ubuntu\nCOPY hello.txt /hello.txt\nCMD ["cat", "/hello.txt"]\n' > Dockerfile
docker build -t kata-app:1 .
# expect: no build step matches /built by me/

# near miss: built before the exercise opened, not again
mkdir kata-app
cd kata-app
echo "Hello from my own image" > hello.txt
printf 'FROM ubuntu\nRUN echo "built by me" > /built.txt\nCOPY hello.txt /hello.txt\nCMD ["cat", "/hello.txt"]\n' > Dockerfile
docker build -t kata-app:1 .
# exercise starts here
docker images kata-app
# expect: before this step started
