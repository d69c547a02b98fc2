#!/bin/sh
docker pull alpine
