evaluate(new File(supportDir, 'RegistryHelper.groovy')).start()
return true
