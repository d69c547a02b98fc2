#!/bin/sh
# What you type, line by line. Lines starting with # are notes.
# Start ubuntu with a terminal; you get a shell inside it. Keep it open.
docker run -it ubuntu
