#!/bin/sh
docker tag ubuntu localhost:5000/kata/ubuntu:1
docker push localhost:5000/kata/ubuntu:1
docker images --digests
