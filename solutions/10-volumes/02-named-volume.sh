#!/bin/sh
docker volume create kata-data
docker volume ls
