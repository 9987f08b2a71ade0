<?xml version="1.0" encoding="UTF-8"?>
<!--
  users.xsl: the accounts an admin manages, with search, filters, sorting
  and paging.
  <content>
    <users><user><id/><name/><email/><org/><roles/><last_login_at/>
      <locked_until/><state>active|deactivated|locked|pending</state></user>…</users>
    <orgs><org><id/><name/></org>…</orgs>   (only for users.manage_all)
    <roles><role><id/><code/><name/></role>…</roles>
    <list sort="name" dir="asc" label="users.col.name" keep="q=…&amp;state=…">
      <count/><page/><pages/></list>
    <filters all="0|1"><q/><org/><role/><state/></filters>
  </content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>

  <xsl:template name="title">users.title</xsl:template>

  <!-- The state labels, taken from the catalog once per page: a lookup in
       $t compares every key of the catalog, too slow for every row. -->
  <xsl:variable name="state-labels" select="$t[starts-with(@k, 'users.state.')]"/>

  <xsl:template match="content">
    <xsl:variable name="l" select="list"/>
    <p><a class="button" href="/user"><xsl:value-of select="$t[@k='users.add']"/></a></p>
    <xsl:apply-templates select="filters"/>
    <xsl:call-template name="list-status">
      <xsl:with-param name="count" select="string($l/count)"/>
      <xsl:with-param name="label" select="string($l/@label)"/>
      <xsl:with-param name="dir" select="string($l/@dir)"/>
      <xsl:with-param name="updated" select="/page/@now"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="users/user">
        <xsl:apply-templates select="users"/>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="$t[@k='users.none']"/></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="paging"/>
  </xsl:template>

  <!-- The search and filter form: a GET, so the list can be bookmarked. -->
  <xsl:template match="filters">
    <xsl:variable name="f" select="."/>
    <form method="get" action="/users" class="form filters" role="search" aria-labelledby="filters-title">
      <h2 id="filters-title"><xsl:value-of select="$t[@k='users.filters']"/></h2>
      <input type="hidden" name="sort" value="{../list/@sort}"/>
      <input type="hidden" name="dir" value="{../list/@dir}"/>
      <xsl:call-template name="field">
        <xsl:with-param name="name" select="'q'"/>
        <xsl:with-param name="type" select="'search'"/>
        <xsl:with-param name="label" select="'users.q'"/>
        <xsl:with-param name="value" select="$f/q"/>
        <xsl:with-param name="maxlength" select="'200'"/>
      </xsl:call-template>
      <xsl:if test="$f/@all = '1'">
        <xsl:call-template name="select">
          <xsl:with-param name="name" select="'org'"/>
          <xsl:with-param name="label" select="'users.org'"/>
          <xsl:with-param name="current" select="string($f/org)"/>
          <xsl:with-param name="options" select="../orgs/org"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="select">
        <xsl:with-param name="name" select="'role'"/>
        <xsl:with-param name="label" select="'users.role'"/>
        <xsl:with-param name="current" select="string($f/role)"/>
        <xsl:with-param name="options" select="../roles/role"/>
      </xsl:call-template>
      <xsl:variable name="state" select="string($f/state)"/>
      <xsl:variable name="state-error" select="string(/page/errors/error[@field = 'state'][1]/@key)"/>
      <div class="field">
        <label class="field-label" for="field-state"><xsl:value-of select="$t[@k='users.state']"/></label>
        <xsl:if test="$state-error">
          <p class="field-error" id="field-state-error"><xsl:value-of select="$t[@k = $state-error]"/></p>
        </xsl:if>
        <select class="input" id="field-state" name="state">
          <option value=""><xsl:value-of select="$t[@k='users.any']"/></option>
          <xsl:call-template name="state-option"><xsl:with-param name="code" select="'active'"/><xsl:with-param name="current" select="$state"/></xsl:call-template>
          <xsl:call-template name="state-option"><xsl:with-param name="code" select="'pending'"/><xsl:with-param name="current" select="$state"/></xsl:call-template>
          <xsl:call-template name="state-option"><xsl:with-param name="code" select="'locked'"/><xsl:with-param name="current" select="$state"/></xsl:call-template>
          <xsl:call-template name="state-option"><xsl:with-param name="code" select="'deactivated'"/><xsl:with-param name="current" select="$state"/></xsl:call-template>
        </select>
      </div>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='users.apply']"/></button>
        <xsl:text> </xsl:text>
        <a href="/users"><xsl:value-of select="$t[@k='users.clear']"/></a>
      </div>
    </form>
  </xsl:template>

  <!-- A labelled select of rows with <id/> and <name/>, "All" first. -->
  <xsl:template name="select">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="current"/>
    <xsl:param name="options"/>
    <xsl:variable name="error" select="string(/page/errors/error[@field = $name][1]/@key)"/>
    <div class="field">
      <label class="field-label" for="field-{$name}"><xsl:value-of select="$t[@k = $label]"/></label>
      <xsl:if test="$error">
        <p class="field-error" id="field-{$name}-error"><xsl:value-of select="$t[@k = $error]"/></p>
      </xsl:if>
      <select class="input" id="field-{$name}" name="{$name}">
        <option value=""><xsl:value-of select="$t[@k='users.any']"/></option>
        <xsl:for-each select="$options">
          <option value="{id}">
            <xsl:if test="string(id) = $current"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:value-of select="name"/>
          </option>
        </xsl:for-each>
      </select>
    </div>
  </xsl:template>

  <xsl:template name="state-option">
    <xsl:param name="code"/>
    <xsl:param name="current"/>
    <xsl:variable name="k" select="concat('users.state.', $code)"/>
    <option value="{$code}">
      <xsl:if test="$code = $current"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
      <xsl:value-of select="$t[@k = $k]"/>
    </option>
  </xsl:template>

  <xsl:template match="users">
    <xsl:variable name="l" select="../list"/>
    <xsl:variable name="sort" select="string($l/@sort)"/>
    <xsl:variable name="dir" select="string($l/@dir)"/>
    <xsl:variable name="keep" select="string($l/@keep)"/>
    <section class="table-wrap" aria-labelledby="users-caption" tabindex="0">
      <table class="table">
        <caption id="users-caption"><xsl:value-of select="$t[@k='users.caption']"/></caption>
        <thead>
          <tr>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'users.col.name'"/>
              <xsl:with-param name="key">name</xsl:with-param>
              <xsl:with-param name="current" select="$sort"/>
              <xsl:with-param name="dir" select="$dir"/>
              <xsl:with-param name="query" select="$keep"/>
            </xsl:call-template>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'users.col.email'"/>
              <xsl:with-param name="key">email</xsl:with-param>
              <xsl:with-param name="current" select="$sort"/>
              <xsl:with-param name="dir" select="$dir"/>
              <xsl:with-param name="query" select="$keep"/>
            </xsl:call-template>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'users.col.org'"/>
              <xsl:with-param name="key">org</xsl:with-param>
              <xsl:with-param name="current" select="$sort"/>
              <xsl:with-param name="dir" select="$dir"/>
              <xsl:with-param name="query" select="$keep"/>
            </xsl:call-template>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'users.col.roles'"/>
              <xsl:with-param name="key">roles</xsl:with-param>
              <xsl:with-param name="current" select="$sort"/>
              <xsl:with-param name="dir" select="$dir"/>
              <xsl:with-param name="query" select="$keep"/>
            </xsl:call-template>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'users.col.last_login'"/>
              <xsl:with-param name="key">last_login</xsl:with-param>
              <xsl:with-param name="current" select="$sort"/>
              <xsl:with-param name="dir" select="$dir"/>
              <xsl:with-param name="query" select="$keep"/>
            </xsl:call-template>
            <xsl:call-template name="sort-header">
              <xsl:with-param name="label" select="'users.col.state'"/>
              <xsl:with-param name="key">state</xsl:with-param>
              <xsl:with-param name="current" select="$sort"/>
              <xsl:with-param name="dir" select="$dir"/>
              <xsl:with-param name="query" select="$keep"/>
            </xsl:call-template>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="user">
            <xsl:variable name="state-key" select="concat('users.state.', state)"/>
            <tr>
              <td><a href="/user?id={id}"><xsl:value-of select="name"/></a></td>
              <td class="cell-wrap"><xsl:value-of select="email"/></td>
              <td><xsl:value-of select="org"/></td>
              <td><xsl:value-of select="roles"/></td>
              <td>
                <xsl:call-template name="datetime">
                  <xsl:with-param name="value" select="last_login_at"/>
                  <xsl:with-param name="empty" select="'users.never'"/>
                </xsl:call-template>
              </td>
              <td><xsl:value-of select="$state-labels[@k = $state-key]"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- "Page 2 of 5" with links to the pages before and after. -->
  <xsl:template name="paging">
    <xsl:variable name="l" select="list"/>
    <xsl:variable name="page" select="number($l/page)"/>
    <xsl:variable name="pages" select="number($l/pages)"/>
    <xsl:if test="$pages &gt; 1 or $page &gt; 1">
      <xsl:variable name="base">
        <xsl:value-of select="concat('/users?sort=', $l/@sort, '&amp;dir=', $l/@dir)"/>
        <xsl:if test="string($l/@keep)"><xsl:value-of select="concat('&amp;', $l/@keep)"/></xsl:if>
        <xsl:text>&amp;page=</xsl:text>
      </xsl:variable>
      <xsl:variable name="s" select="string($t[@k='users.page_of'])"/>
      <nav class="paging" aria-label="{$t[@k='users.paging']}">
        <p>
          <xsl:value-of select="substring-before($s, '{n}')"/>
          <xsl:value-of select="$page"/>
          <xsl:value-of select="substring-before(substring-after($s, '{n}'), '{m}')"/>
          <xsl:value-of select="$pages"/>
          <xsl:value-of select="substring-after($s, '{m}')"/>
        </p>
        <ul class="paging-links">
          <xsl:if test="$page &gt; 1">
            <li><a rel="prev" href="{$base}{$page - 1}"><xsl:value-of select="$t[@k='users.prev']"/></a></li>
          </xsl:if>
          <xsl:if test="$page &lt; $pages">
            <li><a rel="next" href="{$base}{$page + 1}"><xsl:value-of select="$t[@k='users.next']"/></a></li>
          </xsl:if>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
