evaluate(new File(supportDir, 'Registry.groovy')).start()
return true
