#!/bin/sh
docker network create app
docker network ls
