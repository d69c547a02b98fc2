#!/bin/sh
docker rmi localhost:5000/kata/ubuntu:1
docker pull localhost:5000/kata/ubuntu:1
docker images
