#!/bin/sh
docker run --name kata-writer -v kata-data:/data ubuntu sh -c 'echo "written by kata-writer" > /data/kept.txt'

# variant: --mount instead of -v
docker run --name kata-writer --mount source=kata-data,target=/data ubuntu sh -c 'echo "written by kata-writer" > /data/kept.txt'

# variant: written from a shell inside the container
docker run -it --name kata-writer -v kata-data:/data ubuntu
echo "written by kata-writer" > /data/kept.txt
exit

# near miss: the > wrote on your machine, not in the container
docker run --name kata-writer -v kata-data:/data ubuntu echo "written by kata-writer" > kept.txt
# expect: /data/kept.txt does not exist in `kata-writer`

# near miss: no volume mounted
docker run --name kata-writer ubuntu sh -c 'echo "written by kata-writer" > /data/kept.txt'
# expect: nothing is mounted at /data

# near miss: a typo in the volume's name makes a new, empty volume
docker run --name kata-writer -v kata_data:/data ubuntu sh -c 'echo "written by kata-writer" > /data/kept.txt'
# expect: /data has volume kata_data, not kata-data

# near miss: a folder of your machine instead of the volume
docker run --name kata-writer -v "$PWD/kata-data:/data" ubuntu sh -c 'echo "written by kata-writer" > /data/kept.txt'
# expect: /data is a bind mount, not a volume mount
