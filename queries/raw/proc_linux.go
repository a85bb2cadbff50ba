package raw

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// childAttributes puts the child in a process group of its own and has
// the kernel kill it if the parent dies first: no query outlives the
// server that started it.
func childAttributes() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// lowerPriority lets the parent's own work (the named queries, the pages)
// go first when the cores are busy.
func lowerPriority(pid int) { syscall.Setpriority(syscall.PRIO_PROCESS, pid, 19) }

// rssCheck is how often the parent reads the child's resident memory.
const rssCheck = 20 * time.Millisecond

// watchMemory calls over once the process's resident memory passes limit
// bytes, or returns when done is closed.
func watchMemory(pid int, limit int64, done <-chan struct{}, over func()) {
	page := int64(os.Getpagesize())
	path := "/proc/" + strconv.Itoa(pid) + "/statm"
	t := time.NewTicker(rssCheck)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-t.C:
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return // gone
		}
		f := strings.Fields(string(data))
		if len(f) < 2 {
			return
		}
		rss, _ := strconv.ParseInt(f[1], 10, 64)
		if rss*page > limit {
			over()
			return
		}
	}
}
