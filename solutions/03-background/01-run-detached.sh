#!/bin/sh
docker run -itd ubuntu
