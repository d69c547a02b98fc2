#!/bin/sh
docker run -itd --name my-ubuntu ubuntu
